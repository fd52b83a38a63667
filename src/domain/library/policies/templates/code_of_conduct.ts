import type { PolicyTemplate } from '../types.ts';

const body = `# Code of Conduct

- **Organization:** {{organization_name}}
- **Policy owner:** {{policy_owner}}
- **Effective date:** {{effective_date}}
- **Review interval:** {{review_interval}}

## Purpose

Customers trust {{organization_name}} with their data and their business. This code describes the standards of honesty, fairness, and respect that keep that trust, and explains how to raise concerns when something seems wrong.

## Scope

This code applies to all employees, contractors, interns, officers, and directors of {{organization_name}}, in every location and whenever they act on the company's behalf, including at company events and online.

## Roles and responsibilities

- **Executive leadership and the governing body** set the tone by following this code visibly, and apply it to themselves as strictly as to anyone else.
- **The {{policy_owner}}** owns this code, answers questions about it, makes sure reported concerns are investigated, and reports on conduct matters to leadership.
- **Managers** lead by example, create an environment where people feel safe to speak up, and pass on any concern raised with them.
- **Everyone covered by this code** reads it, acknowledges it, follows it, and speaks up about possible violations.

## Policy

### 1. Honesty and accurate records

- Be truthful with customers, colleagues, auditors, and regulators.
- Keep business records, including timesheets, expense claims, financial records, and evidence of control activities, accurate and complete. Never falsify, backdate, or destroy records to hide a problem.
- Describe the company's products, security practices, and certifications accurately. Do not promise customers controls or capabilities the company does not have.

### 2. Respect in the workplace

- Treat everyone with respect. Harassment, discrimination, bullying, and retaliation are not tolerated.
- Make employment decisions on merit and in line with applicable employment laws.

### 3. Conflicts of interest

- Avoid situations in which personal interests could conflict, or appear to conflict, with the company's interests, such as a financial stake in a vendor or competitor, or managing a close relative.
- Disclose any potential conflict to your manager or the {{policy_owner}} so it can be addressed.

### 4. Gifts, bribery, and corruption

- Never offer, give, request, or accept a bribe, kickback, or other improper payment, directly or through anyone else.
- Gifts and hospitality may be given or accepted only when they are modest, infrequent, and could not reasonably be seen as influencing a business decision. Anything beyond that requires approval from the {{policy_owner}}.

### 5. Protecting information and assets

- Protect customer data, confidential company information, and company property, and use them only for legitimate business purposes.
- Follow the company's security policies, and never bypass a control because it is inconvenient.
- Keep confidential information confidential, including after you leave the company.

### 6. Compliance with the law

- Follow the laws that apply to the company's business, including those on privacy, anti-corruption, export controls, and fair competition.
- Do not trade in securities based on material non-public information obtained through your work.

### 7. Speaking up

- Report suspected violations of this code, of company policy, or of the law to your manager, to the {{policy_owner}}, or, anonymously if you prefer, through {{ethics_reporting_channel}}.
- Reports are handled confidentially to the extent the law allows and investigated promptly and impartially. Matters involving executive leadership are referred to the governing body.
- Retaliation against anyone who raises a concern in good faith, or who cooperates with an investigation, is prohibited and is itself a serious violation of this code.

### 8. Acknowledgement

- Everyone covered by this code acknowledges it when they join and at least annually afterwards. Acknowledgements are retained.

## Exceptions

Waivers of this code are granted only in exceptional circumstances. A waiver for any officer or director requires approval from the governing body; any other waiver requires approval from the {{policy_owner}} and executive leadership. Waivers are recorded with their reasons.

## Enforcement

Violations of this code lead to disciplinary action that reflects the seriousness of the conduct, up to and including termination of employment or contract, and may be referred to the authorities where the law has been broken. Outcomes are applied consistently, whatever the person's role or seniority, and are recorded.

## Review

The {{policy_owner}} reviews this code at least every {{review_interval}}, and in any case at least annually. Executive leadership and the governing body approve each revision.

## Related documents

- Information Security Policy
- Acceptable Use Policy
- Security Awareness Training Policy
- Employee handbook
`;

export const codeOfConduct: PolicyTemplate = {
  key: 'code_of_conduct',
  title: 'Code of Conduct',
  summary:
    'Sets the standards of honest, fair, and respectful conduct expected of everyone at the company and explains how to report concerns without fear of retaliation.',
  body,
  criteria: ['CC1.1', 'CC1.5', 'CC2.2'],
  reviewIntervalMonths: 12,
  requiresCategory: null,
  placeholders: [
    'effective_date',
    'ethics_reporting_channel',
    'organization_name',
    'policy_owner',
    'review_interval',
  ],
};
