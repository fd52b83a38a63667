// /risks: planned for a later release; says so honestly, with no sample data.
import { IconAlertTriangle } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function RisksPage() {
  return (
    <ComingSoon title="Risks" summary="Your risk assessment and how each risk is treated." icon={<IconAlertTriangle size={28} stroke={1.5} />}>
      Risks will hold your risk register: each risk rated for likelihood and impact and linked to the controls that mitigate it. SOC 2 expects a documented risk assessment, reviewed at least once a year.
    </ComingSoon>
  );
}
