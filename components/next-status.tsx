/**
 * The next status already announced on the day shown, in words (`words.comingText`): "Relisting announced 27 June 2023,
 * effective 21 July 2023". Never shown as the current status, which it is not yet.
 */
export function NextStatus({ text, className = "" }: { text: string; className?: string }) {
  return (
    <span className={`block text-sm text-slate-700 ${className}`} data-testid="next-status">
      {text}
    </span>
  );
}
