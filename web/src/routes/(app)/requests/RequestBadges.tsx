import { Badge } from '@mantine/core';
import { DUE, STATUS, type DueState, type RequestStatus } from './requestData.ts';

export function StatusBadge({ value }: { value: RequestStatus }) {
  return <Badge variant="light" color={STATUS[value].color}>{STATUS[value].label}</Badge>;
}
export function DueBadge({ value }: { value: DueState }) {
  return <Badge variant="dot" color={DUE[value].color}>{DUE[value].label}</Badge>;
}
