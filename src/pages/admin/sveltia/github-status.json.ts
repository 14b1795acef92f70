/**
 * The CMS asks githubstatus.com whether GitHub has an incident before sign-in; the admin must work where only
 * our host is reachable, so it reads this instead and shows no status banner ("unknown" is the honest answer).
 */
export function GET() {
	return new Response(JSON.stringify({ status: { indicator: 'unknown' } }), {
		headers: { 'content-type': 'application/json' },
	});
}
