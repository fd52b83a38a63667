// /vendors: planned for a later release; says so honestly, with no sample data.
import { IconBuildingStore } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function VendorsPage() {
  return (
    <ComingSoon title="Vendors" summary="Vendors and subservice organizations you rely on." icon={<IconBuildingStore size={28} stroke={1.5} />}>
      Vendors will keep an inventory of the third parties you depend on, with their risk rating and the review of their own SOC 2 reports. It will also record the complementary controls you rely on them for.
    </ComingSoon>
  );
}
