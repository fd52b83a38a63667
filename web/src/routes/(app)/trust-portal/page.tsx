// /trust-portal: planned for a later release; says so honestly, with no sample data.
import { IconWorld } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function TrustPortalPage() {
  return (
    <ComingSoon title="Trust portal" summary="A public page about your security for customers." icon={<IconWorld size={28} stroke={1.5} />}>
      The trust portal will let you publish an overview of your security program for customers and prospects. Visitors will be able to request your SOC 2 report, which you share once they accept your terms.
    </ComingSoon>
  );
}
