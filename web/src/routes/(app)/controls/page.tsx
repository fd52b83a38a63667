// /controls: planned for a later release; says so honestly, with no sample data.
import { IconShieldHalf } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function ControlsPage() {
  return (
    <ComingSoon title="Controls" summary="Your control set, mapped to the criteria." icon={<IconShieldHalf size={28} stroke={1.5} />}>
      Controls will hold the controls your organization operates, each mapped to the criteria it addresses and assigned to a control owner. You will see which criteria are not yet covered and the implementation status of every control.
    </ComingSoon>
  );
}
