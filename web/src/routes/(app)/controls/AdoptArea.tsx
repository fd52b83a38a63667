import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { FREQUENCY_LABELS, type ControlTemplate } from '../../../contract.ts';

export type TemplateState = 'available' | 'adopted' | 'out_of_scope';

export interface AreaGroup {
  area: string;
  label: string;
  templates: ControlTemplate[];
}

/** One area of the library: a checkbox that selects the whole area, then one per template. */
export function AdoptArea({ group, stateOf, selected, onToggle, onToggleArea }: {
  group: AreaGroup;
  stateOf: (code: string) => TemplateState;
  selected: ReadonlySet<string>;
  onToggle: (code: string, on: boolean) => void;
  onToggleArea: (codes: string[], on: boolean) => void;
}) {
  const available = group.templates.filter((t) => stateOf(t.code) === 'available').map((t) => t.code);
  const chosen = available.filter((c) => selected.has(c)).length;
  const adopted = group.templates.filter((t) => stateOf(t.code) === 'adopted').length;
  return (
    <Stack gap={6}>
      <Group
        justify="space-between"
        wrap="nowrap"
        px="xs"
        py={6}
        style={{ position: 'sticky', top: 0, zIndex: 1, background: 'var(--mantine-color-gray-1)', borderRadius: 4 }}
      >
        <Checkbox
          label={
            <Text span size="sm" fw={600}>
              {group.label}{' '}
              <Text span c="dimmed" ff="monospace" fz="xs">
                {group.area}
              </Text>
            </Text>
          }
          aria-label={`Select all of ${group.label}`}
          checked={available.length > 0 && chosen === available.length}
          indeterminate={chosen > 0 && chosen < available.length}
          disabled={available.length === 0}
          onChange={(e) => onToggleArea(available, e.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed" className="nowrap">
          {chosen} of {available.length} selected{adopted ? ` · ${adopted} adopted` : ''}
        </Text>
      </Group>
      <Stack gap={8} pl="md">
        {group.templates.map((t) => {
          const state = stateOf(t.code);
          return (
            <Checkbox
              key={t.code}
              checked={state === 'adopted' || selected.has(t.code)}
              disabled={state !== 'available'}
              onChange={(e) => onToggle(t.code, e.currentTarget.checked)}
              label={
                <Group gap={6} wrap="nowrap" align="baseline">
                  <Text span size="sm" ff="monospace" fw={500} className="nowrap">
                    {t.code}
                  </Text>
                  <Text span size="sm">
                    {t.title}
                  </Text>
                  {state === 'adopted' && (
                    <Badge size="xs" variant="light" color="teal" radius="sm" tt="none">
                      Adopted
                    </Badge>
                  )}
                  {state === 'out_of_scope' && (
                    <Badge size="xs" variant="light" color="gray" radius="sm" tt="none">
                      Out of scope
                    </Badge>
                  )}
                </Group>
              }
              description={
                <>
                  <Text span size="xs" c="dimmed" lineClamp={2}>
                    {t.activity}
                  </Text>
                  <Text span size="xs" c="dimmed" display="block">
                    {FREQUENCY_LABELS[t.frequency]} · {t.criteria.join(', ')}
                  </Text>
                </>
              }
            />
          );
        })}
      </Stack>
    </Stack>
  );
}
