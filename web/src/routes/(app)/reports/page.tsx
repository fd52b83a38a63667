// /reports: planned for a later release; says so honestly, with no sample data.
import { IconChartBar } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function ReportsPage() {
  return (
    <ComingSoon title="Reports" summary="Readiness and progress of your program." icon={<IconChartBar size={28} stroke={1.5} />}>
      Reports will summarize where your program stands: criteria coverage, control status, outstanding evidence and open findings. They will be exportable for management and for your auditor.
    </ComingSoon>
  );
}
