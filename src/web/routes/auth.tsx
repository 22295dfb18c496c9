import { createRoute } from '@tanstack/react-router';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage.js';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.js';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.js';
import { SignInPage } from '../features/auth/SignInPage.js';
import { SignUpPage } from '../features/auth/SignUpPage.js';
import { VerifySignUpPage } from '../features/auth/VerifySignUpPage.js';
import { rootRoute } from './root.js';

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { redirect?: string | undefined } => ({
    redirect: text(search.redirect),
  }),
  component: SignInPage,
});

export const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  component: SignUpPage,
});

export const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invitation',
  validateSearch: (search: Record<string, unknown>): { token?: string | undefined } => ({
    token: text(search.token),
  }),
  component: AcceptInvitationPage,
});

export const verifySignUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify-sign-up',
  validateSearch: (search: Record<string, unknown>): { token?: string | undefined } => ({
    token: text(search.token),
  }),
  component: VerifySignUpPage,
});

export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  component: ForgotPasswordPage,
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: (search: Record<string, unknown>): { token?: string | undefined } => ({
    token: text(search.token),
  }),
  component: ResetPasswordPage,
});
