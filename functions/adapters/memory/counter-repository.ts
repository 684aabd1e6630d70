// Fixed-window counters in memory: the same windows (`floor(now / windowSeconds)`) as DynamoDB,
// so a count starts again when its window ends.
import type { CounterRepository } from '../../domain/ports';

const windowKey = (bucket: string, now: Date, windowSeconds: number) => `${bucket}#${Math.floor(now.getTime() / 1000 / windowSeconds)}`;

export class InMemoryCounterRepository implements CounterRepository {
  private readonly counts = new Map<string, number>();
  private readonly rates = new Map<string, number>();

  async countInWindow(bucket: string, windowSeconds: number, now: Date) {
    const key = windowKey(bucket, now, windowSeconds);
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count;
  }

  async hitRateLimit(bucket: string, limit: number, windowSeconds: number, now: Date) {
    const key = windowKey(bucket, now, windowSeconds);
    const count = this.rates.get(key) ?? 0;
    if (count >= limit) return false;
    this.rates.set(key, count + 1);
    return true;
  }
}
