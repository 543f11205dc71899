import { primaryButtonClass } from "./styles";

export function SubmitButton(props: { pending: boolean; label: string; pendingLabel: string; ariaLabel?: string; className?: string }) {
  const { pending, label, pendingLabel, ariaLabel, className = primaryButtonClass } = props;
  return (
    <button type="submit" disabled={pending} aria-label={ariaLabel} className={className}>
      {pending ? pendingLabel : label}
    </button>
  );
}
