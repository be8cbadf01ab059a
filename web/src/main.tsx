import { render } from 'preact';
import { whenSignedOut } from './api/client';
import { App } from './app';
import { loadSession, setSession } from './session';
import './styles.css';

whenSignedOut(() => setSession(null));
void loadSession();
render(<App />, document.getElementById('app')!);
