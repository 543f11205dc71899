import { snippetParts } from "@/lib/search/snippet";

export function SnippetText({ snippet, query }: { snippet: string; query: string }) {
  return (
    <>
      {snippetParts(snippet, query).map((part, index) =>
        part.hit ? <mark key={index} className="rounded-sm bg-yellow-200 px-0.5">{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
