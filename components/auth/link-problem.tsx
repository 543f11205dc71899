import Link from "next/link";

/** Why an emailed link no longer works, and where to go instead. */
export function LinkProblem({ problem, next }: { problem: string; next: { href: string; label: string } }) {
  return (
    <>
      <p role="alert" className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        {problem}
      </p>
      <p className="mt-4 text-sm">
        <Link href={next.href} className="text-blue-800 underline">
          {next.label}
        </Link>
      </p>
    </>
  );
}
