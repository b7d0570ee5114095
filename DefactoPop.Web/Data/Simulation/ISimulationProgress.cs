namespace DefactoPop.Web.Data.Simulation;

/// <summary>What the dashboard may know of a running simulation: the latest progress and its changes.</summary>
public interface ISimulationProgress
{
    SimulationProgress? Current { get; }

    event Action<SimulationProgress>? ProgressChanged;
}
