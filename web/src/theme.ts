import { Badge, createTheme, Input, NavLink, PasswordInput, Table, type MantineColorsTuple } from '@mantine/core';

// A calm indigo, slightly desaturated.
const brand: MantineColorsTuple = [
  '#eef0fb', '#dcdff3', '#b6bde6', '#8e99da', '#6d7ad0', '#5867ca', '#4c5dc8', '#3e4db1', '#36449f', '#2b3a8d',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 6,
  colors: { brand },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
  headings: { fontWeight: '650' },
  components: {
    // Labels stay exactly their text (no " *" in the accessible name): every field here is required,
    // and forms validate before sending.
    InputWrapper: Input.Wrapper.extend({ defaultProps: { withAsterisk: false } }),
    // The toggle's default name ("Toggle password visibility") would also answer to the label "Password".
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show or hide the characters' } },
    }),
    Table: Table.extend({
      defaultProps: { striped: true, highlightOnHover: true, verticalSpacing: 8, horizontalSpacing: 'sm', fz: 'sm' },
    }),
    // Badges hold one or two words; in narrow table cells they must not be cut to "Pen…".
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } }),
    NavLink: NavLink.extend({
      styles: { root: { borderRadius: 'var(--mantine-radius-sm)' } },
    }),
  },
});
