/** Above the login form: whose panel this is. */
export function LoginHeading() {
  return (
    <div className="portal-login-heading">
      <p className="portal-login-heading__owner">Gmina Konstancin-Jeziorna</p>
      <h1 className="portal-login-heading__title">Panel redakcji portalu</h1>
    </div>
  )
}
