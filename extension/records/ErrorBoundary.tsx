/** @jsxImportSource preact */
import { Component, type ComponentChildren } from 'preact';
import { tr } from './state.ts';

/**
 * Whatever a view fails on (a record the view cannot show, a bug), the dashboard keeps its menu
 * and says so in the user's language instead of going blank. The error itself is neither shown
 * nor logged: it may hold record data.
 */
export class ErrorBoundary extends Component<
  { children: ComponentChildren; resetKey: string },
  { failed: boolean; key: string }
> {
  override state = { failed: false, key: this.props.resetKey };

  static override getDerivedStateFromError() {
    return { failed: true };
  }

  static override getDerivedStateFromProps(
    props: { resetKey: string },
    state: { failed: boolean; key: string },
  ) {
    // Another page is a fresh start.
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  override componentDidCatch() {
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div class="errors" role="alert" data-testid="view-failed">
        <p>{tr('viewFailed')}</p>
        <p>
          <a href="#/">{tr('back')}</a>
        </p>
      </div>
    );
  }
}
