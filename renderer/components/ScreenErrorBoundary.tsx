import { Component, type ReactNode } from 'react';

/**
 * A bug in one screen must not blank the whole window: say so calmly and keep the navigation
 * working, so the user can go elsewhere. Their case files are untouched by a display error.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, { message?: string }> {
  override state: { message?: string } = {};

  static getDerivedStateFromError(error: Error) {
    return { message: error.message };
  }

  override componentDidCatch(error: Error) {
    console.error('casebook screen error', error);
  }

  override render() {
    if (this.state.message === undefined) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <p>
          <strong>This screen could not be shown.</strong> Your case and its documents have not been changed. Choose
          another screen on the left, or close and reopen Casebook.
        </p>
        <p className="hint">Details for a bug report: {this.state.message}</p>
      </div>
    );
  }
}
