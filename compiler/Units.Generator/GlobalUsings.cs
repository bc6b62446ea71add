global using Units.Compiler;
