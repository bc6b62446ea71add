#nullable disable
using System.Runtime.CompilerServices;
using Net.Packets;
using Text.Formatting;

namespace Net.Elements
{
    [SkipLocalsInit]
    partial struct DecrementTtl<TSelf, TNext>
    {
        private static string s_lastDropped = null;

        public static void Push(ref Packet packet)
        {
            if (--packet.Ttl <= 0)
            {
                s_lastDropped = nameof(DecrementTtl<TSelf, TNext>);
                return;
            }
            TNext.Push(ref packet);
        }

        public static string LastDropped => s_lastDropped.OrNone();
    }

    unsafe partial struct Checksum<TSelf, TNext>
    {
        public static void Push(ref Packet packet)
        {
            var sum = 0;
            fixed (byte* bytes = packet.Payload)
            {
                for (var i = 0; i < packet.Payload.Length; i++) sum += bytes[i];
            }
            packet.Checksum = sum;
            TNext.Push(ref packet);
        }
    }
}

namespace Text.Formatting
{
    public static class Strings
    {
        public static string OrNone(this string text) => text ?? "none";
    }
}
