/**
 * Display names: trimmed, at most NAME_MAX characters, no control characters, and not a word
 * on a small blocklist (which the trainer can extend for a room). The check looks at each word
 * with common letter swaps undone (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s), and at the whole
 * name with spaces and punctuation removed, so "f u c k" and "sh1t" are caught but "Scunthorpe" is not.
 * Names are only ever rendered as text.
 */
export const NAME_MAX = 24;

/** Kept short on purpose: the common English swear words and slurs. The trainer adds their own. */
export const DEFAULT_BLOCKLIST = [
  'arse', 'arsehole', 'ass', 'asshole', 'bastard', 'bitch', 'bollocks', 'cock', 'cunt', 'dick', 'fag', 'faggot',
  'fuck', 'fucker', 'fucking', 'motherfucker', 'nazi', 'nigga', 'nigger', 'piss', 'porn', 'prick', 'pussy', 'rape',
  'retard', 'shit', 'slut', 'twat', 'wank', 'wanker', 'whore',
];

const SWAPS = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', '@': 'a', $: 's', '!': 'i' };
const fold = (text) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[0134578@$!]/g, (c) => SWAPS[c] ?? c);

/** A blocklist entry as the check compares it: lower case, letters only. */
export const blockWord = (word) => fold(String(word)).replace(/[^\p{L}]/gu, '');

/**
 * @param {string} raw the name as typed
 * @param {readonly string[]} extra the trainer's own words for this room
 * @returns {{ ok: true, name: string } | { ok: false, reason: string }}
 */
export function checkName(raw, extra = []) {
  const name = String(raw).normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, reason: 'Type a name for the room to see.' };
  if ([...name].length > NAME_MAX) return { ok: false, reason: `Keep your name to ${NAME_MAX} characters or fewer.` };
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return { ok: false, reason: 'That name has characters that cannot be shown.' };
  const blocked = new Set([...DEFAULT_BLOCKLIST, ...extra.map(blockWord)].filter(Boolean));
  const folded = fold(name);
  const words = folded.split(/[^\p{L}]+/u).filter(Boolean);
  const squashed = folded.replace(/[^\p{L}]/gu, '');
  if (blocked.has(squashed) || words.some((word) => blocked.has(word) || blocked.has(word.replace(/s$/, '')) || blocked.has(word.replace(/es$/, '')))) {
    return { ok: false, reason: 'Please choose another name: that one is not allowed in this room.' };
  }
  return { ok: true, name };
}
