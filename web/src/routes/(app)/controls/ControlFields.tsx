import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { optionalText, requiredText } from '../../../components/validation.ts';
import { FREQUENCY_OPTIONS, NATURE_OPTIONS, TYPE_OPTIONS } from './labels.ts';

export type ControlTextField = 'title' | 'activity' | 'frequency' | 'nature' | 'type' | 'evidenceGuidance';

/** Client-side rules that mirror the contract's ControlText. */
export const CONTROL_TEXT_RULES = {
  title: requiredText(120, 'Give the control a short title'),
  activity: requiredText(2000, 'Describe what is done, by whom and how often'),
  evidenceGuidance: optionalText(2000),
};

export function validateCriteria(value: string[]): string | null {
  if (value.length === 0) return 'Map the control to at least one criterion';
  return value.length > 30 ? 'Map at most 30 criteria' : null;
}

/** The description of a control: what is done, how often, by whom or what, and the evidence it leaves. */
export function ControlFields({ inputProps }: { inputProps: (field: ControlTextField) => GetInputPropsReturnType }) {
  return (
    <>
      <TextInput label="Title" placeholder="e.g. Quarterly access review" maxLength={120} {...inputProps('title')} />
      <Textarea
        label="Control activity"
        description="What is done, by whom and how often, in the present tense, as the report will state it."
        placeholder="e.g. The engineering manager reviews production access each quarter and removes access no longer needed."
        autosize
        minRows={3}
        maxRows={10}
        maxLength={2000}
        {...inputProps('activity')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect label="Frequency" description="How often it operates" data={FREQUENCY_OPTIONS} {...inputProps('frequency')} />
        <NativeSelect label="Nature" description="Who or what performs it" data={NATURE_OPTIONS} {...inputProps('nature')} />
        <NativeSelect label="Type" description="Prevents, detects or corrects" data={TYPE_OPTIONS} {...inputProps('type')} />
      </SimpleGrid>
      <Textarea
        label="Evidence guidance"
        description="What shows the control operated: the records an auditor will ask for."
        placeholder="e.g. The review ticket with the list of accounts reviewed and the changes made."
        autosize
        minRows={2}
        maxRows={8}
        maxLength={2000}
        {...inputProps('evidenceGuidance')}
      />
    </>
  );
}
