// /evidence: planned for a later release; says so honestly, with no sample data.
import { IconFolders } from '@tabler/icons-react';
import { ComingSoon } from '../../../components/ComingSoon.tsx';

export default function EvidencePage() {
  return (
    <ComingSoon title="Evidence" summary="Proof that your controls operate." icon={<IconFolders size={28} stroke={1.5} />}>
      Evidence will collect what shows your controls work, such as documents, screenshots and exports, each tied to a control and a period. Your auditor will be able to review it in place instead of through email attachments.
    </ComingSoon>
  );
}
