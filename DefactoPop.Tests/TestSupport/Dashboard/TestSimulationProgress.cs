using DefactoPop.Web.Data.Simulation;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>A settable seeding progress for component tests.</summary>
public sealed class TestSimulationProgress : ISimulationProgress
{
    public SimulationProgress? Current { get; private set; }

    public event Action<SimulationProgress>? ProgressChanged;

    public void Report(SimulationProgress progress)
    {
        Current = progress;
        ProgressChanged?.Invoke(progress);
    }
}
