// Test plans' routes, queries and writes in one place (the paths of src/http/routes/test-plans.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../../../../api.ts';
import { notifyError, notifySuccess } from '../../../../../components/notify.tsx';
import type { ExceptionList, TestPlan, TestPlanDetail, TestPlanList } from '../../../../../contract.ts';
import { engagementKeys } from '../../engagementData.ts';

const base = (id: string) => `/api/v1/engagements/${id}`;
export const planPaths = {
  list: (id: string) => `${base(id)}/test-plans`,
  createAll: (id: string) => `${base(id)}/test-plans/all`,
  one: (id: string, planId: string) => `${base(id)}/test-plans/${planId}`,
  population: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/population`,
  populationContent: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/population/content`,
  sampleSize: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/sample-size`,
  selection: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/selection`,
  discard: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/selection/discard`,
  requests: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/requests`,
  item: (id: string, planId: string, itemId: string) => `${base(id)}/test-plans/${planId}/items/${itemId}`,
  conclusion: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/conclusion`,
  exception: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/exception`,
  signoffs: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/signoffs`,
  exceptions: (id: string) => `${base(id)}/exceptions`,
  sendException: (id: string, planId: string) => `${base(id)}/test-plans/${planId}/exception/send`,
  respondException: (id: string, exceptionId: string) => `${base(id)}/exceptions/${exceptionId}/response`,
  notes: (id: string) => `${base(id)}/notes`,
  resolveNote: (id: string, noteId: string) => `${base(id)}/notes/${noteId}/resolve`,
};

export const planKeys = {
  all: (id: string) => [...engagementKeys.one(id), 'test-plans'] as const,
  one: (id: string, planId: string) => [...engagementKeys.one(id), 'test-plans', planId] as const,
  exceptions: (id: string) => [...engagementKeys.one(id), 'exceptions'] as const,
};

export function useTestPlans(engagementId: string, enabled = true) {
  return useQuery({ queryKey: planKeys.all(engagementId), queryFn: () => api.get<TestPlanList>(planPaths.list(engagementId)), enabled });
}
export function useTestPlan(engagementId: string, planId: string) {
  return useQuery({ queryKey: planKeys.one(engagementId, planId), queryFn: () => api.get<TestPlanDetail>(planPaths.one(engagementId, planId)) });
}
export function useSentExceptions(engagementId: string) {
  return useQuery({ queryKey: planKeys.exceptions(engagementId), queryFn: () => api.get<ExceptionList>(planPaths.exceptions(engagementId)) });
}

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A write on a plan: afterwards the plan, the list and the dashboard are read again. */
export function usePlanWrite<B>(engagementId: string, planId: string, method: Method, path: string | ((body: B) => { path: string; body: unknown }), done?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => {
      const to = typeof path === 'string' ? { path, body } : path(body);
      return request<TestPlan | TestPlanDetail | unknown>(method, to.path, { body: to.body });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: planKeys.all(engagementId) });
      void queryClient.invalidateQueries({ queryKey: [...engagementKeys.one(engagementId), 'dashboard'] });
      void queryClient.invalidateQueries({ queryKey: planKeys.one(engagementId, planId) });
      if (done) notifySuccess(done);
    },
    onError: (error) => notifyError(error),
  });
}

/** A random 32-byte seed as 64 hex characters, drawn in the browser (the server draws one when none is given). */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
export const pct = (rate: number, digits = 1): string => `${(rate * 100).toFixed(digits)}%`;
