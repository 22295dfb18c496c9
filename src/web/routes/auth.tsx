import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './root.js';

// A signed-in first screen needs none of these: each is a chunk of its own.
const SignInPage = lazyRouteComponent(() => import('../features/auth/SignInPage.js'), 'SignInPage');
const SignUpPage = lazyRouteComponent(() => import('../features/auth/SignUpPage.js'), 'SignUpPage');
const AcceptInvitationPage = lazyRouteComponent(
  () => import('../features/auth/AcceptInvitationPage.js'),
  'AcceptInvitationPage',
);
const VerifySignUpPage = lazyRouteComponent(
  () => import('../features/auth/VerifySignUpPage.js'),
  'VerifySignUpPage',
);
const ForgotPasswordPage = lazyRouteComponent(
  () => import('../features/auth/ForgotPasswordPage.js'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyRouteComponent(
  () => import('../features/auth/ResetPasswordPage.js'),
  'ResetPasswordPage',
);

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
