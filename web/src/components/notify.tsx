import { notifications } from '@mantine/notifications';
import { IconCheck, IconX } from '@tabler/icons-react';
import { errorMessage } from '../api.ts';

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, icon: <IconCheck size={16} />, autoClose: 4000 });
}

export function notifyError(error: unknown, title = 'Could not complete the action'): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), icon: <IconX size={16} />, autoClose: 7000 });
}
