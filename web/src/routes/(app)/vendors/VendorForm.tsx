// The fields of a vendor, for adding one and for editing it (data shared is kept as it is).
import { ActionIcon, Button, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { CriteriaMultiSelect } from '../../../components/CriteriaMultiSelect.tsx';
import { PersonSelect } from '../../../components/PersonSelect.tsx';
import { optionalText, requiredText } from '../../../components/validation.ts';
import { SUBSERVICE_METHODS, VENDOR_CRITICALITIES, type CreateVendorRequest, type SubserviceMethod, type Vendor, type VendorCriticality } from '../../../contract.ts';
import { useCriteria, usePeople, useSystems } from '../../../program.ts';
import { CRITICALITY_LABELS, METHOD_LABELS } from './vendorData.ts';

function valuesOf(v?: Vendor) {
  return {
    name: v?.name ?? '',
    service: v?.service ?? '',
    criticality: (v?.criticality ?? 'medium') as VendorCriticality,
    ownerId: v?.owner?.id ?? null,
    website: v?.website ?? '',
    contractStart: v?.contractStart ?? '',
    contractEnd: v?.contractEnd ?? '',
    notes: v?.notes ?? '',
    subservice: v?.subservice ?? false,
    presentationMethod: (v?.presentationMethod ?? 'carve_out') as SubserviceMethod,
    csocs: v?.csocs.map((c) => ({ text: c.text, criteria: c.criteria ?? [] })) ?? [],
    systemIds: v?.systems.map((s) => s.id) ?? [],
  };
}

export type VendorBody = Omit<CreateVendorRequest, 'dataShared'>;

export function VendorForm({ vendor, readOnly = false, saving, submitLabel, onSubmit, onCancel }: {
  vendor?: Vendor;
  readOnly?: boolean;
  saving: boolean;
  submitLabel: string;
  onSubmit: (body: VendorBody) => void;
  onCancel?: () => void;
}) {
  const people = usePeople();
  const systems = useSystems();
  const criteria = useCriteria();
  const form = useForm({
    initialValues: valuesOf(vendor),
    validate: {
      name: requiredText(200, 'Enter the vendor’s name'),
      service: optionalText(2000),
      notes: optionalText(5000),
      website: (v) => (!v.trim() || /^https?:\/\/\S+\.\S+/.test(v.trim()) ? null : 'Enter a full address, such as https://example.com'),
      contractEnd: (v, all) => (v && all.contractStart && v < all.contractStart ? 'The contract cannot end before it starts' : null),
      csocs: { text: requiredText(2000, 'Describe the control, or remove the row') },
    },
  });
  const v = form.values;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((x) =>
        onSubmit({
          name: x.name.trim(),
          service: x.service.trim(),
          criticality: x.criticality,
          ownerId: x.ownerId,
          website: x.website.trim() || null,
          contractStart: x.contractStart || null,
          contractEnd: x.contractEnd || null,
          notes: x.notes.trim(),
          subservice: x.subservice,
          presentationMethod: x.subservice ? x.presentationMethod : null,
          csocs: x.subservice ? x.csocs.map((c) => ({ text: c.text.trim(), criteria: c.criteria })) : [],
          systemIds: x.systemIds,
        }),
      )}
    >
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Vendor name" maxLength={200} data-autofocus {...form.getInputProps('name')} />
            <NativeSelect label="Criticality" data={VENDOR_CRITICALITIES.map((c) => ({ value: c, label: CRITICALITY_LABELS[c] }))} {...form.getInputProps('criticality')} />
            <PersonSelect label="Owner" people={people.data ?? []} current={vendor?.owner} disabled={readOnly} {...form.getInputProps('ownerId')} />
          </SimpleGrid>
          <Textarea label="Service" description="What the vendor provides to you." autosize minRows={2} maxRows={5} maxLength={2000} {...form.getInputProps('service')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="Website" placeholder="https://" maxLength={500} {...form.getInputProps('website')} />
            <TextInput label="Contract start" type="date" {...form.getInputProps('contractStart')} />
            <TextInput label="Contract end" type="date" {...form.getInputProps('contractEnd')} />
          </SimpleGrid>
          <MultiSelect
            label="Systems"
            description="The systems in scope that rely on this vendor."
            data={(systems.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            disabled={readOnly}
            placeholder={v.systemIds.length ? undefined : 'Pick systems'}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('systemIds')}
          />
          <Switch
            label="Subservice organization"
            description="The vendor performs controls your SOC 2 report relies on (e.g. your cloud host)."
            {...form.getInputProps('subservice', { type: 'checkbox' })}
          />
          {v.subservice && (
            <Paper withBorder radius="sm" p="md">
              <Stack gap="sm">
                <NativeSelect
                  label="Presentation method"
                  description="Carve-out: the report excludes the vendor’s controls; inclusive: it includes them."
                  w={320}
                  data={SUBSERVICE_METHODS.map((m) => ({ value: m, label: METHOD_LABELS[m] }))}
                  {...form.getInputProps('presentationMethod')}
                />
                <Text size="sm" fw={500}>Complementary subservice organization controls (CSOCs)</Text>
                {v.csocs.length === 0 && <Text size="sm" c="dimmed">None yet. Add the controls you expect the vendor to operate.</Text>}
                {v.csocs.map((_, i) => (
                  <Group key={i} align="flex-start" gap="sm" wrap="nowrap">
                    <TextInput label={`CSOC ${i + 1}`} style={{ flex: 2 }} maxLength={2000} {...form.getInputProps(`csocs.${i}.text`)} />
                    <div style={{ flex: 1 }}>
                      <CriteriaMultiSelect label={`CSOC ${i + 1} criteria`} criteria={criteria.data?.criteria ?? []} disabled={readOnly} {...form.getInputProps(`csocs.${i}.criteria`)} />
                    </div>
                    <ActionIcon variant="subtle" color="red" mt={26} aria-label={`Remove CSOC ${i + 1}`} onClick={() => form.removeListItem('csocs', i)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                ))}
                <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('csocs', { text: '', criteria: [] })}>
                  Add CSOC
                </Button>
              </Stack>
            </Paper>
          )}
          <Textarea label="Notes" autosize minRows={2} maxRows={6} maxLength={5000} {...form.getInputProps('notes')} />
          {!readOnly && (
            <Group justify="flex-end" gap="sm">
              {onCancel ? (
                <Button variant="default" onClick={onCancel} disabled={saving}>Cancel</Button>
              ) : (
                <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty() || saving}>Discard changes</Button>
              )}
              <Button type="submit" loading={saving} disabled={!!vendor && !form.isDirty()}>{submitLabel}</Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
