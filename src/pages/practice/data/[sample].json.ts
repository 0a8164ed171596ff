import type { APIRoute, GetStaticPaths } from 'astro';
import { practiceData } from '../../../components/practice/pool-source.ts';

/**
 * One file per sample with its practice items (the sample, its variants and its reply line) and
 * their texts, fetched by the drill for the samples a round draws.
 */
export const getStaticPaths = (async () => {
  const { chunks } = await practiceData();
  return [...chunks.keys()].map((sample) => ({ params: { sample } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { chunks } = await practiceData();
  const chunk = chunks.get(String(params.sample));
  if (!chunk) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(chunk), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
