import { roles, type Role } from '../../../core/auth/roles';
import { useT } from '../i18n/useT';

/** A role picker: owner, editor, reviewer, viewer. */
export function RoleSelect({
  value,
  onChange,
  label,
  testId,
  disabled = false,
}: {
  value: Role;
  onChange(role: Role): void;
  label: string;
  testId: string;
  disabled?: boolean;
}) {
  const t = useT();
  return (
    <select
      className="select select--compact"
      aria-label={label}
      data-testid={testId}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const role = roles.find((r) => r === event.target.value);
        if (role) onChange(role);
      }}
    >
      {roles.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}
