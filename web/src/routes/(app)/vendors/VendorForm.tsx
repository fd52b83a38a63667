// The fields of a vendor, for adding one and for editing it, including the data shared with it.
import { ActionIcon, Button, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { CriteriaMultiSelect } from '../../../components/CriteriaMultiSelect.tsx';
import { PersonSelect } from '../../../components/PersonSelect.tsx';
import { optionalText, requiredText } from '../../../components/validation.ts';
import {
  DATA_CLASSIFICATIONS, SUBSERVICE_METHODS, VENDOR_CRITICALITIES, type CreateVendorRequest, type DataClassification, type SubserviceMethod, type Vendor,
  type VendorCriticality,
} from '../../../contract.ts';
import { useCriteria, usePeople, useSystems } from '../../../program.ts';
import { CLASSIFICATION_LABELS, CRITICALITY_LABELS, METHOD_LABELS } from './vendorData.ts';

function valuesOf(v?: Vendor) {
  return {
    name: v?.name ?? '',
    service: v?.service ?? '',
    criticality: (v?.criticality ?? 'medium') as VendorCriticality,
    dataShared: v?.dataShared.map((d) => ({ dataType: d.dataType, classification: d.classification as DataClassification })) ?? [],
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

export type VendorBody = CreateVendorRequest;

const MAX_DATA_SHARED = 50;

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
      dataShared: { dataType: requiredText(120, 'Name the kind of data, or remove the row') },
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
          dataShared: x.dataShared.map((d) => ({ dataType: d.dataType.trim(), classification: d.classification })),
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
          <Stack gap="xs">
            <div>
              <Text size="sm" fw={500}>Data shared</Text>
              <Text size="xs" c="dimmed">The kinds of data the vendor receives or can reach, and how sensitive each is.</Text>
            </div>
            {v.dataShared.length === 0 && <Text size="sm" c="dimmed">No data shared recorded. Add each kind of data the vendor handles, such as customer records.</Text>}
            {v.dataShared.map((_, i) => (
              <Group key={i} align="flex-start" gap="sm" wrap="nowrap">
                <TextInput label={`Data type ${i + 1}`} placeholder="Customer records" style={{ flex: 2 }} maxLength={120} {...form.getInputProps(`dataShared.${i}.dataType`)} />
                <NativeSelect
                  label={`Classification ${i + 1}`}
                  style={{ flex: 1 }}
                  data={DATA_CLASSIFICATIONS.map((c) => ({ value: c, label: CLASSIFICATION_LABELS[c] }))}
                  {...form.getInputProps(`dataShared.${i}.classification`)}
                />
                {!readOnly && (
                  <ActionIcon variant="subtle" color="red" mt={26} aria-label={`Remove data type ${i + 1}`} onClick={() => form.removeListItem('dataShared', i)}>
                    <IconTrash size={16} />
                  </ActionIcon>
                )}
              </Group>
            ))}
            {!readOnly && v.dataShared.length < MAX_DATA_SHARED && (
              <Button variant="default" size="xs" w="fit-content" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('dataShared', { dataType: '', classification: 'confidential' })}>
                Add data type
              </Button>
            )}
          </Stack>
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
