// Who opened which case, in memory: the newest views first, at most `limit`, as on DynamoDB.
import type { CaseView } from '../../domain/staff/access-audit';
import type { ViewRepository } from '../../domain/ports';
import { clone } from './clone';

export class InMemoryViewRepository implements ViewRepository {
  readonly views: CaseView[] = [];

  async recordView(view: CaseView) {
    this.views.push(clone(view));
  }

  async listViews(caseId: string, limit = 20) {
    return this.views
      .filter((v) => v.caseId === caseId)
      .sort((a, b) => b.at.localeCompare(a.at))
      .slice(0, Math.max(0, limit))
      .map(clone);
  }
}
