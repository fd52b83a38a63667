// /policies: planned for a later release; says so honestly, with no sample data.
import { IconFileText } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function PoliciesPage() {
  return (
    <ComingSoon title="Policies" summary="Security policies, their versions and approvals." icon={<IconFileText size={28} stroke={1.5} />}>
      Policies will let you write, review and approve your security policies with a version history. You will be able to track which members have acknowledged the current version of each policy.
    </ComingSoon>
  );
}
