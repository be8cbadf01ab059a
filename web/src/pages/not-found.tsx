import { Empty } from '../components/ui';
import { useTitle } from '../hooks';
import { Link } from '../router';

export function NotFoundPage() {
  useTitle('Not found');
  return (
    <Empty title="There is nothing at this address" action={<Link href="/ports" class="button">Go to your ports</Link>}>
      The link may be mistyped, or the page belongs to another account.
    </Empty>
  );
}
