// Routing: which queue sees a case. Security matters go to the security queue
// whatever else the decision says.
import type { Category } from '../classification/types';

const QUEUE_BY_CATEGORY: Record<Category, string> = {
  account_access: 'accounts',
  identity_verification_kyc: 'accounts',
  withdrawal_or_deposit_delay: 'payments',
  unauthorized_transaction_or_fraud: 'security',
  data_privacy_or_breach: 'security',
  fees_or_pricing: 'billing',
  trading_or_order_issue: 'trading',
  customer_service_quality: 'service',
  other: 'general',
};

export function queueFor(category: Category, securityFlag: boolean): string {
  return securityFlag ? 'security' : QUEUE_BY_CATEGORY[category];
}
