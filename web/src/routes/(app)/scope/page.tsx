// /scope: planned for a later release; says so honestly, with no sample data.
import { IconTarget } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function ScopePage() {
  return (
    <ComingSoon title="Scope" summary="Define what your SOC 2 examination covers." icon={<IconTarget size={28} stroke={1.5} />}>
      Scope is where you will describe the system under examination: its boundaries, the trust services categories in scope, the report type (Type 1 or Type 2) and the examination period. The scope decides which criteria apply to you and what your auditor will test.
    </ComingSoon>
  );
}
