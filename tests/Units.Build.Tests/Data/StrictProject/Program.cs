using Net.Packets;
using Routing.App;

Router.Initialize();
foreach (var ttl in new[] { 3, 1, 2 })
{
    var packet = new Packet { Ttl = ttl, Payload = new byte[] { 1, 2, 3, (byte)ttl } };
    Router.Input.Push(ref packet);
}
System.Console.WriteLine(Router.Stats.Describe());
System.Console.WriteLine(string.Join(",", Router.Manifest.Initializers));
Router.Shutdown();
