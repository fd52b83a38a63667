// /people: planned for a later release; says so honestly, with no sample data.
import { IconUsers } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function PeoplePage() {
  return (
    <ComingSoon title="People" summary="The workforce your controls apply to." icon={<IconUsers size={28} stroke={1.5} />}>
      People will track the personnel in scope: onboarding and offboarding, background checks, security awareness training and policy acknowledgements. These are records your auditor samples during the examination.
    </ComingSoon>
  );
}
