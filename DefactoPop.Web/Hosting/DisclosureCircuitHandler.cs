using DefactoPop.Web.Data.Auth;
using DefactoPop.Web.Data.Stores;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace DefactoPop.Web.Hosting;

/// <summary>
/// Sets <see cref="DisclosureAccess"/> for every inbound activity of a circuit (first render, events, navigation, JS
/// calls) from the circuit's signed-in user, so the singleton read store masks or not for the person at this circuit.
/// </summary>
public sealed class DisclosureCircuitHandler(AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            DisclosureAccess.Set(AuthRoles.MaySeeRaw(state.User));
            await next(context);
        };
}
