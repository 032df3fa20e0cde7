// Failures render the Polish error page in the served HTML (see the component).
export { RenderErrorLayout as default } from '@/components/RenderErrorBoundary'
