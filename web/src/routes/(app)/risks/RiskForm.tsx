// The fields of a risk, for adding one and for editing it.
import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PersonSelect } from '../../../components/PersonSelect.tsx';
import { optionalText, requiredText } from '../../../components/validation.ts';
import {
  RISK_CATEGORIES, RISK_STATUSES, RISK_TREATMENTS, type CreateRiskRequest, type Risk, type RiskCategory, type RiskStatus,
  type RiskTreatment,
} from '../../../contract.ts';
import { usePeople, useSystems } from '../../../program.ts';
import { useAllControls } from '../policies/policyData.ts';
import { CATEGORY_LABELS, IMPACT_LABELS, LIKELIHOOD_LABELS, TREATMENT_LABELS } from './riskData.ts';

const likelihoodData = LIKELIHOOD_LABELS.map((l, i) => ({ value: String(i + 1), label: `${i + 1} · ${l}` }));
const impactData = IMPACT_LABELS.map((l, i) => ({ value: String(i + 1), label: `${i + 1} · ${l}` }));

function valuesOf(risk?: Risk) {
  return {
    title: risk?.title ?? '',
    description: risk?.description ?? '',
    category: (risk?.category ?? 'security') as RiskCategory,
    ownerId: risk?.owner?.id ?? null,
    likelihood: String(risk?.inherent.likelihood ?? 3),
    impact: String(risk?.inherent.impact ?? 3),
    residualLikelihood: String(risk?.residual.likelihood ?? 2),
    residualImpact: String(risk?.residual.impact ?? 3),
    treatment: (risk?.treatment ?? 'mitigate') as RiskTreatment,
    treatmentNotes: risk?.treatmentNotes ?? '',
    controlIds: risk?.controls.map((c) => c.id) ?? [],
    reviewDate: risk?.reviewDate ?? '',
    status: (risk?.status ?? 'open') as RiskStatus,
  };
}

export function RiskForm({ risk, readOnly = false, saving, submitLabel, onSubmit, onCancel, errors }: {
  risk?: Risk;
  readOnly?: boolean;
  saving: boolean;
  submitLabel: string;
  onSubmit: (body: CreateRiskRequest) => void;
  onCancel?: () => void;
  errors?: Record<string, string>;
}) {
  const people = usePeople();
  const systems = useSystems();
  const systemList = systems.data ?? [];
  const controls = useAllControls(systemList);
  const [systemId, setSystemId] = useState<string>(risk?.controls[0]?.systemId ?? '');
  const chosen = systemId || systemList[0]?.id || '';
  const form = useForm({
    initialValues: valuesOf(risk),
    initialErrors: errors,
    validate: {
      title: requiredText(200, 'Enter a title'),
      description: optionalText(5000),
      treatmentNotes: optionalText(5000),
    },
  });

  const selected = new Set(form.values.controlIds);
  const options = controls.options
    .filter((c) => c.systemId === chosen || selected.has(c.id))
    .map((c) => ({ value: c.id, label: `${c.code} ${c.title}${c.systemId === chosen ? '' : ` (${c.systemName})`}` }));
  for (const c of risk?.controls ?? []) {
    if (!options.some((o) => o.value === c.id)) options.push({ value: c.id, label: `${c.code} ${c.title}` });
  }

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        onSubmit({
          title: v.title.trim(),
          description: v.description.trim(),
          category: v.category,
          ownerId: v.ownerId,
          inherent: { likelihood: Number(v.likelihood), impact: Number(v.impact) },
          residual: { likelihood: Number(v.residualLikelihood), impact: Number(v.residualImpact) },
          treatment: v.treatment,
          treatmentNotes: v.treatmentNotes.trim(),
          controlIds: v.controlIds,
          reviewDate: v.reviewDate || null,
          status: v.status,
        }),
      )}
    >
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Title" maxLength={200} data-autofocus style={{ gridColumn: 'span 2' }} {...form.getInputProps('title')} />
            <NativeSelect label="Category" data={RISK_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))} {...form.getInputProps('category')} />
          </SimpleGrid>
          <Textarea label="Description" description="What could happen, and why." autosize minRows={2} maxRows={6} maxLength={5000} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <NativeSelect label="Likelihood" description="Before controls" data={likelihoodData} {...form.getInputProps('likelihood')} />
            <NativeSelect label="Impact" description="Before controls" data={impactData} {...form.getInputProps('impact')} />
            <NativeSelect label="Residual likelihood" description="With controls" data={likelihoodData} {...form.getInputProps('residualLikelihood')} />
            <NativeSelect label="Residual impact" description="With controls" data={impactData} {...form.getInputProps('residualImpact')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect label="Treatment" data={RISK_TREATMENTS.map((t) => ({ value: t, label: TREATMENT_LABELS[t] }))} {...form.getInputProps('treatment')} />
            <PersonSelect label="Owner" people={people.data ?? []} current={risk?.owner} disabled={readOnly} {...form.getInputProps('ownerId')} />
            <TextInput label="Review date" type="date" {...form.getInputProps('reviewDate')} />
          </SimpleGrid>
          <Textarea label="Treatment notes" description="How the risk is treated, or why it is accepted." autosize minRows={2} maxRows={6} maxLength={5000} {...form.getInputProps('treatmentNotes')} />
          {systemList.length > 0 ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect label="System" description="Whose controls to list" data={systemList.map((s) => ({ value: s.id, label: s.name }))} value={chosen} onChange={(e) => setSystemId(e.currentTarget.value)} />
              <MultiSelect
                label="Linked controls"
                description="The controls that reduce this risk."
                data={options}
                searchable
                hidePickedOptions
                disabled={readOnly}
                nothingFoundMessage="No control matches"
                placeholder={form.values.controlIds.length ? undefined : 'Pick controls'}
                comboboxProps={{ withinPortal: true }}
                onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                style={{ gridColumn: 'span 2' }}
                {...form.getInputProps('controlIds')}
              />
            </SimpleGrid>
          ) : (
            <Text size="xs" c="dimmed">Define a system in Scope and adopt controls to link them to risks.</Text>
          )}
          {risk && (
            <NativeSelect label="Status" w={200} data={RISK_STATUSES.map((s) => ({ value: s, label: s === 'open' ? 'Open' : 'Closed' }))} {...form.getInputProps('status')} />
          )}
          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              {onCancel ? (
                <Button variant="default" onClick={onCancel} disabled={saving}>Cancel</Button>
              ) : (
                <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty() || saving}>Discard changes</Button>
              )}
              <Button type="submit" loading={saving} disabled={!!risk && !form.isDirty()}>
                {submitLabel}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
