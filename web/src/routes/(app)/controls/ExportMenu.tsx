import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';

/** Downloads the control matrix (plain links: the browser handles the file). */
export function ExportMenu({ systemId }: { systemId: string }) {
  const base = `/api/v1/systems/${systemId}/control-matrix`;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />}>
          Export matrix
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Control matrix</Menu.Label>
        <Menu.Item component="a" href={`${base}.csv`} download leftSection={<IconFileTypeCsv size={16} />}>
          CSV
        </Menu.Item>
        <Menu.Item component="a" href={`${base}.xlsx`} download leftSection={<IconFileSpreadsheet size={16} />}>
          XLSX
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
