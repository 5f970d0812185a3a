/* Runs one benchmark child and reports its own peak RSS, CPU and wall time.

   On Linux a child's ru_maxrss starts from the high-water mark of the process it was
   forked from (exec keeps it), so a Python parent that has touched 200 MiB makes every
   child look 200 MiB big. This launcher touches almost nothing before it forks, so the
   figure it reads with wait4 is the child's. */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    struct timespec t0, t1;
    struct rusage ru;
    int status;
    if (argc < 2) return 2;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    if (wait4(pid, &status, 0, &ru) < 0) return 2;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("{\"launcher\": {\"wall\": %.6f, \"maxrss_kib\": %ld, \"cpu\": %.6f}}\n",
           (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss,
           ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
