// /audits: planned for a later release; says so honestly, with no sample data.
import { IconClipboardCheck } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function AuditsPage() {
  return (
    <ComingSoon title="Audits" summary="SOC 2 examinations, between you and your CPA firm." icon={<IconClipboardCheck size={28} stroke={1.5} />}>
      Audits will run the examination itself: the service organization and its CPA firm share the scope, evidence requests, test results and findings in one place. Audit firms will see the engagements of each of their clients here.
    </ComingSoon>
  );
}
