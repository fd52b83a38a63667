import { useEffect } from 'react';

/** Sets the tab title ("Audit log · attest"), so history and screen readers name the page. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · attest`;
  }, [title]);
}
