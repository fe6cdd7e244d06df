/**
 * The binary search every sorted list in the core needs: how many of the
 * first indices satisfy `before`, which must hold for a prefix of [0, count)
 * and fail for the rest. O(log count).
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
