/** The shell: sign-in or the signed-in layout with its navigation, and the page for the URL. */
import type { ComponentChildren, FunctionComponent } from 'preact';
import { Link, match, navigate, useLocation } from './router';
import { signOut, useSession } from './session';
import { Spinner } from './components/ui';
import { SignInPage } from './pages/sign-in';
import { PortsPage } from './pages/ports';
import { PortPage } from './pages/port';
import { NewPortPage } from './pages/new-port';
import { OrdersPage } from './pages/orders';
import { NewOrderPage } from './pages/new-order';
import { OrderPage } from './pages/order';
import { WebhooksPage } from './pages/webhooks';
import { WebhookPage } from './pages/webhook';
import { DeskPage } from './pages/desk';
import { DeskPortPage } from './pages/desk-port';
import { DeskOrderPage } from './pages/desk-order';
import { NotFoundPage } from './pages/not-found';

type Page = FunctionComponent<{ params: Record<string, string> }>;

/** Every path here is one of CONSOLE_ROUTES on the server (src/http/plugins/console.ts). */
const ROUTES: [string, Page, boolean?][] = [
  ['/ports', PortsPage],
  ['/ports/new', NewPortPage],
  ['/ports/:id', PortPage],
  ['/orders', OrdersPage],
  ['/orders/new', NewOrderPage],
  ['/orders/:id', OrderPage],
  ['/webhooks', WebhooksPage],
  ['/webhooks/:id', WebhookPage],
  ['/desk', DeskPage, true],
  ['/desk/ports/:id', DeskPortPage, true],
  ['/desk/orders/:id', DeskOrderPage, true],
];

export function App() {
  const session = useSession();
  const { path } = useLocation();
  if (session === undefined) return <Spinner label="Opening the console…" />;
  if (session === null) {
    if (path !== '/sign-in') queueMicrotask(() => navigate(`/sign-in${path !== '/' ? `?next=${encodeURIComponent(path + location.search)}` : ''}`, { replace: true }));
    return <SignInPage />;
  }
  if (path === '/' || path === '/sign-in') {
    queueMicrotask(() => navigate('/ports', { replace: true }));
    return <Spinner />;
  }
  for (const [pattern, Page, deskOnly] of ROUTES) {
    const params = match(pattern, path);
    if (params) return <Layout>{deskOnly && !session.admin ? <NotFoundPage /> : <Page params={params} key={path} />}</Layout>;
  }
  return (
    <Layout>
      <NotFoundPage />
    </Layout>
  );
}

function Layout(props: { children: ComponentChildren }) {
  const session = useSession()!;
  const { path } = useLocation();
  const item = (href: string, label: string) => (
    <Link href={href} class={`nav-item ${path === href || path.startsWith(`${href}/`) ? 'current' : ''}`} aria-current={path === href ? 'page' : undefined}>
      {label}
    </Link>
  );
  return (
    <div class="shell">
      <header class="topbar">
        <Link href="/ports" class="brand">
          <span class="logo" aria-hidden="true" />
          Porting
        </Link>
        <nav class="nav" aria-label="Main">
          {item('/ports', 'Ports')}
          {item('/orders', 'Orders')}
          {item('/webhooks', 'Webhooks')}
          {session.admin && item('/desk', 'Porting desk')}
        </nav>
        <div class="account">
          <span class="account-name" title={session.account_id}>
            {session.account_name}
            {session.admin && <span class="role">desk</span>}
          </span>
          <button
            type="button"
            class="button ghost small"
            onClick={async () => {
              await signOut();
              navigate('/sign-in');
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main class="main" id="main">
        {props.children}
      </main>
    </div>
  );
}
