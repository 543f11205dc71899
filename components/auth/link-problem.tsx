import Link from "next/link";
import { useTranslations } from "next-intl";
import { TOKEN_PROBLEMS } from "@/lib/accounts/auth-tokens";

type Problem = keyof typeof TOKEN_PROBLEMS;

/** Why an emailed link no longer works, and where to go instead. */
export function LinkProblem({ problem, next }: { problem: string; next: { href: string; label: string } }) {
  const t = useTranslations("auth.link");
  // The domain says why in English; the page says the same in its own language.
  const known = (Object.keys(TOKEN_PROBLEMS) as Problem[]).find((key) => TOKEN_PROBLEMS[key] === problem);
  return (
    <>
      <p role="alert" className="mt-4 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950">
        {known ? t(known) : problem}
      </p>
      <p className="mt-4 text-sm">
        <Link href={next.href} className="text-blue-800 underline">
          {next.label}
        </Link>
      </p>
    </>
  );
}
