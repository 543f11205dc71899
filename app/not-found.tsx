import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">
        This page does not exist, or it belongs to a workspace you are not a member of. Check the address, or go back to{" "}
        <Link href="/" className="text-blue-800 underline">your tracker</Link>.
      </p>
    </main>
  );
}
